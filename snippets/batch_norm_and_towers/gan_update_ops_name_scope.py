import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        return tf.layers.dense(tf.layers.batch_normalization(x, training=True), 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
fake = tf.placeholder(tf.float32, [None, 3], name="fake")
d_real = discriminator(real)
# The second call made inside a name scope: its update ops are named d_loss/discriminator/...
before = set(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
with tf.name_scope("d_loss"):
    d_fake = discriminator(fake, reuse=True)
made_by_second_call = [op for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS) if op not in before]

# ... which scope="discriminator" does not match: re.match starts at the beginning of the name.
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope="discriminator")])
#> ['discriminator/batch_normalization/AssignMovingAvg', 'discriminator/batch_normalization/AssignMovingAvg_1']
# The update ops that a call adds can be taken from the collection before and after it.
print([op.name for op in made_by_second_call])
#> ['d_loss/discriminator/batch_normalization/AssignMovingAvg', 'd_loss/discriminator/batch_normalization/AssignMovingAvg_1']
