import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        hidden = tf.layers.dense(x, 4, activation=tf.nn.relu)
        return tf.layers.dense(hidden, 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
fake = tf.placeholder(tf.float32, [None, 3], name="fake")  # stands for the generator's output
d_real = discriminator(real)
try:
    d_fake = discriminator(fake)  # reuse=True forgotten
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable discriminator/dense/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
