import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):  # the model in a variable scope of its own, its layers named
    with tf.variable_scope("model"):
        return tf.layers.dense(tf.layers.dense(x, 3, name="hidden"), 1, name="out")


x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
y = tf.constant([[1.0], [2.0]])
opt = tf.train.AdamOptimizer(0.1)
tower_grads = []
with tf.variable_scope(tf.get_variable_scope()):
    for i in range(2):
        with tf.name_scope("tower_%d" % i):
            loss = tf.losses.mean_squared_error(y[i:i + 1], model(x[i:i + 1]))
            tower_grads.append(opt.compute_gradients(loss))
            tf.get_variable_scope().reuse_variables()
averaged = [(tf.reduce_mean(tf.stack([g for g, _ in gv]), 0), gv[0][1]) for gv in zip(*tower_grads)]
train = opt.apply_gradients(averaged)

# A second model after the block, with unnamed layers, at the top and in a scope: no clash.
head = tf.layers.dense(x, 1)
with tf.variable_scope("critic"):
    critic = tf.layers.dense(x, 1)
print([v.name for v in tf.trainable_variables()])
#> ['model/hidden/kernel:0', 'model/hidden/bias:0', 'model/out/kernel:0', 'model/out/bias:0', 'dense/kernel:0', 'dense/bias:0', 'critic/dense/kernel:0', 'critic/dense/bias:0']

saver = tf.train.Saver()
with tf.Session() as sess, tempfile.TemporaryDirectory() as folder:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    path = saver.save(sess, os.path.join(folder, "model"))
    print([name for name, _ in tf.train.list_variables(path) if name.startswith("model/")])
    #> ['model/hidden/bias', 'model/hidden/bias/Adam', 'model/hidden/bias/Adam_1', 'model/hidden/kernel', 'model/hidden/kernel/Adam', 'model/hidden/kernel/Adam_1', 'model/out/bias', 'model/out/bias/Adam', 'model/out/bias/Adam_1', 'model/out/kernel', 'model/out/kernel/Adam', 'model/out/kernel/Adam_1']
