import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x, training):
    h = tf.layers.dense(x, 2, kernel_initializer=tf.ones_initializer(), name="fc")
    return tf.layers.batch_normalization(h, training=training, name="bn")


x = tf.ones([4, 3])
with tf.variable_scope("model"):
    y = model(x, training=True)
variables = tf.global_variables("model/")
ema = tf.train.ExponentialMovingAverage(decay=0.5)
train_step = ema.apply(tf.trainable_variables("model/"))  # the moving mean and variance are not trainable
print([v.op.name for v in variables if ema.average(v) is None])
#> ['model/bn/moving_mean', 'model/bn/moving_variance']


def average_only(getter, name, *args, **kwargs):
    return ema.average(getter(name, *args, **kwargs))


# The moving mean has no average: ema.average returns None, and the layer fails.
try:
    with tf.variable_scope("model", reuse=True, custom_getter=average_only):
        model(x, training=False)
except TypeError as e:
    print(f"TypeError: {e}")
    #> TypeError: cannot create weak reference to 'NoneType' object


def average_if_any(getter, name, *args, **kwargs):
    var = getter(name, *args, **kwargs)
    average = ema.average(var)
    return var if average is None else average


with tf.variable_scope("model", reuse=True, custom_getter=average_if_any):
    y_eval = model(x, training=False)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train_step)
    print([round(float(value), 3) for value in sess.run(y_eval)[0]])
    #> [2.999, 2.999]
