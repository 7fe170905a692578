import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def generator(z):
    with tf.variable_scope("generator"):
        return tf.layers.dense(z, 3)


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        return tf.layers.dense(x, 1)


tf.set_random_seed(0)
real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
d_real = discriminator(real)
d_fake = discriminator(generator(z), reuse=True)
d_loss = tf.reduce_mean(tf.nn.softplus(-d_real) + tf.nn.softplus(d_fake))
g_loss = tf.reduce_mean(tf.nn.softplus(-d_fake))

d_vars = tf.trainable_variables(scope="discriminator/")  # the "/" leaves out discriminator_2/…
g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="generator/")
print("d_vars:", [var.name for var in d_vars])
#> d_vars: ['discriminator/dense/kernel:0', 'discriminator/dense/bias:0']
print("g_vars:", [var.name for var in g_vars])
#> g_vars: ['generator/dense/kernel:0', 'generator/dense/bias:0']
# Without var_list, the discriminator's loss would train the generator too:
grads = tf.train.AdamOptimizer(0.1).compute_gradients(d_loss)
print("no var_list:", [var.name for grad, var in grads if grad is not None])
#> no var_list: ['discriminator/dense/kernel:0', 'discriminator/dense/bias:0', 'generator/dense/kernel:0', 'generator/dense/bias:0']
d_step = tf.train.AdamOptimizer(0.1).minimize(d_loss, var_list=d_vars)
g_step = tf.train.AdamOptimizer(0.1).minimize(g_loss, var_list=g_vars)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    before = sess.run(d_vars + g_vars)
    sess.run(d_step, feed_dict={real: [[1, 2, 3]], z: [[1, -1]]})
    after = sess.run(d_vars + g_vars)
for var, old, new in zip(d_vars + g_vars, before, after):
    print(var.name, "changed" if (old != new).any() else "unchanged")
    #> discriminator/dense/kernel:0 changed
    #> discriminator/dense/bias:0 changed
    #> generator/dense/kernel:0 unchanged
    #> generator/dense/bias:0 unchanged
