import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def generator(z):
    with tf.variable_scope("generator"):
        h = tf.layers.dense(z, 3, kernel_initializer=tf.ones_initializer())
        # The generated batch has the mean beta, 3.0.
        return tf.layers.batch_normalization(h, training=True, beta_initializer=tf.constant_initializer(3.0))


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        return tf.layers.dense(tf.layers.batch_normalization(x, training=True), 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
d_real = discriminator(real)
d_fake = discriminator(generator(z), reuse=True)
d_loss = tf.reduce_mean(tf.nn.softplus(-d_real) + tf.nn.softplus(d_fake))
g_loss = tf.reduce_mean(tf.nn.softplus(-d_fake))

# Each network's train step runs its own update ops.
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope="discriminator")):
    d_step = tf.train.AdamOptimizer(0.1).minimize(d_loss, var_list=tf.trainable_variables("discriminator"))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope="generator")):
    g_step = tf.train.AdamOptimizer(0.1).minimize(g_loss, var_list=tf.trainable_variables("generator"))

d_mean, g_mean = [
    tf.global_variables(name + "/batch_normalization/moving_mean")[0] for name in ["discriminator", "generator"]
]
feed = {real: [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]], z: [[1.0, 2.0], [2.0, 3.0]]}


def means(sess):
    return f"discriminator {sess.run(d_mean)[0]:.3f}, generator {sess.run(g_mean)[0]:.3f}"


with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    # The moving mean starts at 0 and moves 1% towards the batch's mean (momentum 0.99).
    sess.run(d_step, feed)
    # The discriminator's moving mean moved with the real batch (mean 1) and the generated one
    # (mean 3), in no fixed order: 0.01 * 1 + 0.01 * 3, give or take 0.0003. The generator's did not.
    print("after d_step:", means(sess))
    #> after d_step: discriminator 0.040, generator 0.000
    # The generator's moves in its own train step: its batch norm saw a batch of mean 4.
    sess.run(g_step, feed)
    print("after g_step:", means(sess))
    #> after g_step: discriminator 0.040, generator 0.040

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    # For the statistics of the real data only, run the first call's update ops: "discriminator/".
    sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope="discriminator/"), feed)
    print("the real batch only:", means(sess))
    #> the real batch only: discriminator 0.010, generator 0.000
