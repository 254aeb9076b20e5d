export const firebaseConfig = {
  // ruleid: generic.secrets.google-api-key
  apiKey: 'AIzaKsf2rcDkdfrUnW5gcF-Ha6ili8GjHEAD6_W',
  // ok: generic.secrets.google-api-key
  authDomain: 'example.firebaseapp.com',
};
