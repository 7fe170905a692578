import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def generator(z):
    with tf.variable_scope("generator"):
        return tf.layers.dense(z, 3)


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator") as scope:
        if reuse:
            scope.reuse_variables()  # the discriminator's own scope: ends with the with block
        return tf.layers.dense(x, 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
d_real = discriminator(real)
d_fake = discriminator(real * 0.5, reuse=True)
print("root scope reuses:", tf.get_variable_scope().reuse)
#> root scope reuses: False
fake = generator(z)
d_vars = tf.trainable_variables("discriminator")
d_step = tf.train.AdamOptimizer().minimize(tf.reduce_mean(d_real + d_fake), var_list=d_vars)
print([var.name for var in tf.global_variables()])
#> ['discriminator/dense/kernel:0', 'discriminator/dense/bias:0', 'generator/dense/kernel:0', 'generator/dense/bias:0', 'beta1_power:0', 'beta2_power:0', 'discriminator/dense/kernel/Adam:0', 'discriminator/dense/kernel/Adam_1:0', 'discriminator/dense/bias/Adam:0', 'discriminator/dense/bias/Adam_1:0']
