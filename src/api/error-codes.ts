/** A server-side validation message for one field. */
export interface FieldError {
  field: string;
  message: string;
}

/** The documented error codes (API-INVENTORY §1.0.1). */
export const API_ERROR_CODES = {
  '400001': 'Missing Mandatory Inputs',
  '400002': 'Invalid Inputs',
  '401001': 'Invalid resource',
  '401002': 'Not Authorized',
  '401003': 'Invalid or Expired Token',
  '403001': 'Forbidden',
  '404001': 'Path or method not found',
  '404002': 'Data or entity not found',
  '409001': 'Conflict',
  '500001': 'Internal Server Error',
  '503001': 'External server error',
} as const;
