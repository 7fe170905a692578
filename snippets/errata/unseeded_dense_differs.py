import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
os.environ["TF_USE_LEGACY_KERAS"] = "1"


def article_outputs(seed):
    """The article's shared Dense layer, built in a new graph: its outputs h11 and h12."""
    with tf.Graph().as_default():
        if seed is not None:
            tf.set_random_seed(seed)
        x1 = tf.placeholder(dtype=tf.float32, shape=[None, 3], name="x1")
        x2 = tf.placeholder(dtype=tf.float32, shape=[None, 3], name="x2")
        with tf.variable_scope("myscope"):
            h11 = tf.layers.Dense(units=2)(x1)
        with tf.variable_scope("myscope", reuse=True):
            h12 = tf.layers.Dense(units=2)(x2)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            return sess.run([h11, h12], feed_dict={x1: [[1, 2, 3]], x2: [[2, 4, 6]]})


first, second = article_outputs(None), article_outputs(None)
print("unseeded, two runs print the same:", bool((first[0] == second[0]).all()))
#> unseeded, two runs print the same: False
first, second = article_outputs(0), article_outputs(0)
print("seeded, two runs print the same:  ", bool((first[0] == second[0]).all()))
#> seeded, two runs print the same:   True
h11, h12 = first
print("h12 is exactly twice h11:         ", bool((h12 == 2 * h11).all()))
#> h12 is exactly twice h11:          True
