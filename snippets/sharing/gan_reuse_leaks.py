import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def generator(z):
    with tf.variable_scope("generator"):
        return tf.layers.dense(z, 3)


def discriminator(x, reuse=False):
    if reuse:
        tf.get_variable_scope().reuse_variables()  # the current scope: here, the root scope
    with tf.variable_scope("discriminator"):
        return tf.layers.dense(x, 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
d_real = discriminator(real)
d_fake = discriminator(real * 0.5, reuse=True)  # shares, as intended
print("root scope reuses:", tf.get_variable_scope().reuse)
#> root scope reuses: True
try:
    fake = generator(z)  # built after: the root scope still reuses
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable generator/dense/kernel does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
