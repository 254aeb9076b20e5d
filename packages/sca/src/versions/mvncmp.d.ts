declare module 'mvncmp' {
  const mvncmp: { compare(a: string, b: string): number };
  export default mvncmp;
}
