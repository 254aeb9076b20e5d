// ruleid: generic.secrets.gitlab-token
const token = 'glpat-rESQedUStPKR0CsTy4Qw';
// ok: generic.secrets.gitlab-token
const fromEnv = process.env.GITLAB_TOKEN;
module.exports = { token, fromEnv };
