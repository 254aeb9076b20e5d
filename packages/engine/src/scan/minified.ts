/**
 * Minified and bundled files make taint analysis slow and findings unreadable (R11). A file is
 * treated as minified when its name says so or when its lines are very long on average.
 */
export function looksMinified(path: string, content: string): boolean {
  if (/\.min\.(m|c)?js$|[-.]bundle\.js$|\.packed\.js$/i.test(path)) return true;
  if (content.length < 2000) return false;
  let lines = 1;
  let longest = 0;
  let current = 0;
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) === 10) {
      lines++;
      if (current > longest) longest = current;
      current = 0;
    } else current++;
  }
  if (current > longest) longest = current;
  const avg = content.length / lines;
  return avg > 300 || (longest > 5000 && avg > 120);
}
