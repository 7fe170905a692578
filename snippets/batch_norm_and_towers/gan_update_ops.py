import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def generator(z):
    with tf.variable_scope("generator"):
        return tf.layers.batch_normalization(tf.layers.dense(z, 3), training=True)


def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        return tf.layers.dense(tf.layers.batch_normalization(x, training=True), 1)


real = tf.placeholder(tf.float32, [None, 3], name="real")
z = tf.placeholder(tf.float32, [None, 2], name="z")
d_real = discriminator(real)
d_fake = discriminator(generator(z), reuse=True)

# The moving averages are variables: made once, shared by both calls.
print([var.name for var in tf.global_variables("discriminator") if "moving" in var.name])
#> ['discriminator/batch_normalization/moving_mean:0', 'discriminator/batch_normalization/moving_variance:0']
# Their update ops are ops, made at each call, named by the name scope: discriminator_1/ the second time.
for scope in ["discriminator", "discriminator/", "generator"]:
    ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope=scope)
    print(repr(scope), len(ops), "update ops, in", sorted({op.name.split("/")[0] for op in ops}))
    #> 'discriminator' 4 update ops, in ['discriminator', 'discriminator_1']
    #> 'discriminator/' 2 update ops, in ['discriminator']
    #> 'generator' 2 update ops, in ['generator']

d_loss = tf.reduce_mean(tf.nn.softplus(-d_real) + tf.nn.softplus(d_fake))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope="discriminator")):
    d_step = tf.train.AdamOptimizer(0.1).minimize(d_loss, var_list=tf.trainable_variables("discriminator"))
