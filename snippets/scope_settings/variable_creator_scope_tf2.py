import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"

import tensorflow as tf  # TF2: eager

seen = []


def record(next_creator, **kwargs):
    seen.append(kwargs["name"])
    return next_creator(**kwargs)


# TF2 has no custom_getter; a creator sees every variable made in its scope, Keras layers' too.
with tf.variable_creator_scope(record):
    v = tf.Variable(1.0, name="plain")
    layer = tf.keras.layers.Dense(2)
    layer(tf.ones([1, 3]))
print(seen, [w.name for w in layer.weights])
#> ['plain', 'kernel', 'bias'] ['dense/kernel:0', 'dense/bias:0']
