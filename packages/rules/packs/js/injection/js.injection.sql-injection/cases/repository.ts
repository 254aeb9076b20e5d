import { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool();

function findOrders(customer: string) {
  // ruleid: js.injection.sql-injection
  return pool.query(`SELECT * FROM orders WHERE customer = '${customer}'`);
}

function findOrdersSafely(customer: string) {
  // ok: js.injection.sql-injection
  return pool.query('SELECT * FROM orders WHERE customer = $1', [customer]);
}

export async function ordersHandler(req: Request, res: Response) {
  const a = await findOrders(req.params.customer);
  const b = await findOrdersSafely(req.params.customer);
  res.json([a.rows, b.rows]);
}
