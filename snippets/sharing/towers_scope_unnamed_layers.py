import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):  # a variable scope of its own name, and unnamed layers in it
    with tf.variable_scope("model"):
        return tf.layers.dense(tf.layers.dense(x, 3), 1)


x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
opt = tf.train.AdamOptimizer(0.1)
tower_grads = []
with tf.variable_scope(tf.get_variable_scope()):
    for i in range(2):
        with tf.name_scope("tower_%d" % i):
            # Each tower enters model anew: the count of unnamed layers starts again there.
            tower_grads.append(opt.compute_gradients(tf.reduce_sum(model(x[i:i + 1]))))
            tf.get_variable_scope().reuse_variables()
averaged = [(tf.reduce_mean(tf.stack([g for g, _ in gv]), 0), gv[0][1]) for gv in zip(*tower_grads)]
train = opt.apply_gradients(averaged)
tf.layers.dense(x, 1)  # an unnamed layer at the top level after the block: no clash either
print([v.op.name for v in tf.trainable_variables()])
#> ['model/dense/kernel', 'model/dense/bias', 'model/dense_1/kernel', 'model/dense_1/bias', 'dense/kernel', 'dense/bias']
print(len(tf.global_variables(scope="model/")), "variables in model/, slots included")
#> 12 variables in model/, slots included
