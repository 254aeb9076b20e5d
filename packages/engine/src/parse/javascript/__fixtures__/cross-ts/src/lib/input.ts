export function userInput(): string {
  return source();
}
export function constant(): string {
  return 'fixed';
}
