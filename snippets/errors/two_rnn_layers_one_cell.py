import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # the TF1 RNN cells need Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 5, 4], name="x")  # batch, time, features
# One cell object for both layers: it makes its variables once, in the first layer's scope,
# and the second layer uses them. No error, when the input sizes match.
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
out1, _ = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32, scope="layer1")
out2, _ = tf.nn.dynamic_rnn(cell, out1, dtype=tf.float32, scope="layer2")
train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(out2))
saver = tf.train.Saver()
with tf.Session() as sess, tempfile.TemporaryDirectory() as folder:
    sess.run(tf.global_variables_initializer())
    sess.run(train, {x: [[[1.0] * 4] * 5]})
    path = saver.save(sess, os.path.join(folder, "model"))
    # Trained and saved: one layer's weights, used twice.
    print([name for name, _ in tf.train.list_variables(path) if "Adam" not in name and "power" not in name])
    #> ['layer1/basic_lstm_cell/bias', 'layer1/basic_lstm_cell/kernel']
