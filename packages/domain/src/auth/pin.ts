import { randomInt } from 'node:crypto';

/** PINs are 8 digits: with the lock after 5 failures, guessing one is hopeless. */
export const PIN_LENGTH = 8;

export function generatePin(): string {
  return Array.from({ length: PIN_LENGTH }, () => randomInt(0, 10)).join('');
}

export const isPinFormat = (pin: string) => new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin);
