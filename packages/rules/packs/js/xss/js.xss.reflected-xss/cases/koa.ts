import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === '/greet') {
    // ruleid: js.xss.reflected-xss
    ctx.body = `<h1>Hi ${ctx.query.name}</h1>`;
  } else {
    // ok: js.xss.reflected-xss
    ctx.body = '<h1>Hi</h1>';
  }
});
