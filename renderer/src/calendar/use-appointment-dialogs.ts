import { useState } from 'react';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { focusAppointment } from './focus-appointment';

/**
 * An appointment's details dialog, its edit dialog opened from there, and focus given back to the
 * appointment when editing ends: the same path from the calendar, the home screen and a client's
 * billing tab. Spread `details(list)` on AppointmentDetailsDialog and `edit` on EditAppointmentDialog.
 */
export function useAppointmentDialogs() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Appointment | null>(null);
  return {
    open: (appointment: Appointment) => setSelectedId(appointment.id),
    /** The details of the open appointment, read from the list so they follow its changes. */
    details: (appointments: readonly Appointment[]) => ({
      appointment: appointments.find((a) => a.id === selectedId) ?? null,
      onClose: () => setSelectedId(null),
      onEdit: (appointment: Appointment) => {
        setSelectedId(null);
        setEditing(appointment);
      },
    }),
    edit: {
      appointment: editing,
      onClose: () => {
        if (editing) focusAppointment(editing.id);
        setEditing(null);
      },
    },
  };
}
