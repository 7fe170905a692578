import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def discriminator(x, scope="discriminator"):
    with tf.variable_scope(scope, reuse=tf.AUTO_REUSE):
        return tf.layers.dense(x, 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
fake = tf.placeholder(tf.float32, [None, 3], name="fake")  # stands for the generator's output
d_real = discriminator(real)
d_fake = discriminator(fake)  # no flag needed: the second call reuses
with tf.name_scope("loss"):  # a name scope leaves variable names alone: still shared
    d_named = discriminator(fake)
print([var.name for var in tf.global_variables()])
#> ['discriminator/dense/kernel:0', 'discriminator/dense/bias:0']

# A misspelt name, or the same name inside another variable scope, is not an error: a second set is made.
d_typo = discriminator(fake, scope="discrimnator")
with tf.variable_scope("loss"):
    d_nested = discriminator(fake)
print([var.name for var in tf.global_variables()])
#> ['discriminator/dense/kernel:0', 'discriminator/dense/bias:0', 'discrimnator/dense/kernel:0', 'discrimnator/dense/bias:0', 'loss/discriminator/dense/kernel:0', 'loss/discriminator/dense/bias:0']
