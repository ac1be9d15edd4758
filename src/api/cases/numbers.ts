/*
 * Case and order numbers, on their own so that pages which only recognise a number (the global
 * look-up) do not load the case API's schemas and code catalogue.
 */

/** `CaseNumber`: exactly 8 characters; `OrderNumber`: 14–100; `CaseOrOrderNumber`: 8–100 [CM-7]. */
export const isCaseNumber = (id: string) => id.length === 8;
export const isCaseOrOrderNumber = (id: string) =>
  id.length === 8 || (id.length >= 14 && id.length <= 100);
