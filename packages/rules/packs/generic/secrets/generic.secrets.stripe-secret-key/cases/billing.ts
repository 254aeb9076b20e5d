import Stripe from 'stripe';

// ruleid: generic.secrets.stripe-secret-key
export const live = new Stripe('sk_live_yjOq9wMxEhh2FDEEtfjgVvVq');
// ok: generic.secrets.stripe-secret-key
export const test = new Stripe('sk_test_E1SkHbn88HxjSI6bWHtP3fS2');
// ok: generic.secrets.stripe-secret-key
export const configured = new Stripe(process.env.STRIPE_KEY ?? '');
