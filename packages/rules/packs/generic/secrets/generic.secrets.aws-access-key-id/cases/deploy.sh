#!/bin/sh
# ruleid: generic.secrets.aws-access-key-id
export AWS_ACCESS_KEY_ID=AKIAUJZDE8GXD6NCF10E
# ok: generic.secrets.aws-access-key-id
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
# ok: generic.secrets.aws-access-key-id
export AWS_REGION=eu-west-1
