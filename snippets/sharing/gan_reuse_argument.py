import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def generator(z):
    with tf.variable_scope("generator"):
        return tf.layers.dense(z, 3)


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        hidden = tf.layers.dense(x, 4, activation=tf.nn.relu)
        return tf.layers.dense(hidden, 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake, reuse=True)  # the same weights, applied to the generated input

for var in tf.global_variables():
    print(var.name)
    #> generator/dense/kernel:0
    #> generator/dense/bias:0
    #> discriminator/dense/kernel:0
    #> discriminator/dense/bias:0
    #> discriminator/dense_1/kernel:0
    #> discriminator/dense_1/bias:0
print(d_real.name, d_fake.name)
#> discriminator/dense_1/BiasAdd:0 discriminator_1/dense_1/BiasAdd:0
