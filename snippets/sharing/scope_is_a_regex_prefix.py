import re

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

for scope in ["d", "discriminator", "discriminator_2", "block_1", "block.1"]:
    with tf.variable_scope(scope):
        tf.get_variable("w", shape=[])

def names(scope):
    return [var.name for var in tf.trainable_variables(scope=scope)]


# `scope` is matched with re.match against each name: from its start, as a regular expression.
print(names("discriminator"))
#> ['discriminator/w:0', 'discriminator_2/w:0']
print(names("discriminator/"))
#> ['discriminator/w:0']
print(names("d"))
#> ['d/w:0', 'discriminator/w:0', 'discriminator_2/w:0']
print(names("block.1"))
#> ['block_1/w:0', 'block.1/w:0']
print(names(re.escape("block.1") + "/"))
#> ['block.1/w:0']
print(names("w"))
#> []
# tf.global_variables(scope=...) and tf.get_collection(key, scope=...) filter the same way.
print(tf.global_variables(scope="d") == tf.trainable_variables(scope="d"))
#> True
print(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="d") == tf.trainable_variables(scope="d"))
#> True
