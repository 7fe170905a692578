import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

seen = []


def record(getter, name, *args, **kwargs):
    seen.append(name)
    return getter(name, *args, **kwargs)


def scope_l2(var):
    return tf.nn.l2_loss(var, name="scope_l2")


def own_l2(var):
    return tf.nn.l2_loss(var, name="own_l2")


x = tf.ones([1, 3])
settings = dict(initializer=tf.constant_initializer(3.0), regularizer=scope_l2, custom_getter=record)
with tf.variable_scope("s", **settings):
    # tf.layers makes its variables with tf.get_variable: the scope's settings reach them.
    layer = tf.layers.Dense(2, kernel_regularizer=own_l2)
    layer(x)
    # A Keras layer makes them as tf.Variable does: none of the three reaches it.
    keras_layer = tf.keras.layers.Dense(2, name="keras_dense")
    keras_layer(x)
    # tf.get_variable given a regularizer of its own: it replaces the scope's.
    tf.get_variable("g", shape=[], regularizer=own_l2)
print("custom_getter:", seen)
#> custom_getter: ['s/dense/kernel', 's/dense/bias', 's/g']
# The layer's kernel_regularizer does not replace the scope's: the kernel gets both penalties,
# and the bias the scope's.
for penalty in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES):
    print(penalty.op.name)
    #> s/dense/kernel/Regularizer/scope_l2
    #> s/dense/kernel/Regularizer/own_l2
    #> s/dense/bias/Regularizer/scope_l2
    #> s/g/Regularizer/own_l2

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for var in layer.weights + keras_layer.weights:
        print(var.op.name, "starts at 3.0:", bool((sess.run(var) == 3.0).all()))
        #> s/dense/kernel starts at 3.0: True
        #> s/dense/bias starts at 3.0: False
        #> s/keras_dense/kernel starts at 3.0: False
        #> s/keras_dense/bias starts at 3.0: False
