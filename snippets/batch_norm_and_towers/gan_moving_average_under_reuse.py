import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def batch_norm(x):
    """A batch normalization written by hand, as early GAN code has it."""
    mean, variance = tf.nn.moments(x, axes=[0])
    ema = tf.train.ExponentialMovingAverage(decay=0.9)
    update = ema.apply([mean, variance])  # creates a variable per averaged value
    with tf.control_dependencies([update]):
        return tf.nn.batch_normalization(x, mean, variance, None, None, 1e-5)


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w = tf.get_variable("w", shape=[3, 1])
        return tf.matmul(batch_norm(x), w)


real = tf.placeholder(tf.float32, [None, 3], name="real")
fake = tf.placeholder(tf.float32, [None, 3], name="fake")
d_real = discriminator(real)
try:
    d_fake = discriminator(fake, reuse=True)  # the averages of this call are new: nothing to reuse
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable discriminator/discriminator_1/moments/Squeeze/ExponentialMovingAverage/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
