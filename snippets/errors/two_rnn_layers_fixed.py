import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # the TF1 RNN cells need Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 5, 3], name="x")  # batch, time, features
# A new cell object for each layer, in a variable scope of its own ...
with tf.variable_scope("layer1"):
    out1, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(4), x, dtype=tf.float32)
# or dynamic_rnn's own scope argument, which replaces "rnn":
out2, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(4), out1, dtype=tf.float32, scope="layer2")
for var in tf.global_variables():
    print(var.name)
    #> layer1/rnn/basic_lstm_cell/kernel:0
    #> layer1/rnn/basic_lstm_cell/bias:0
    #> layer2/basic_lstm_cell/kernel:0
    #> layer2/basic_lstm_cell/bias:0

# ... trains and saves both layers' weights.
train = tf.train.AdamOptimizer().minimize(tf.reduce_sum(out2))
saver = tf.train.Saver()
with tf.Session() as sess, tempfile.TemporaryDirectory() as folder:
    sess.run(tf.global_variables_initializer())
    sess.run(train, {x: [[[1.0] * 3] * 5]})
    path = saver.save(sess, os.path.join(folder, "model"))
    print([name for name, _ in tf.train.list_variables(path) if "Adam" not in name and "power" not in name])
    #> ['layer1/rnn/basic_lstm_cell/bias', 'layer1/rnn/basic_lstm_cell/kernel', 'layer2/basic_lstm_cell/bias', 'layer2/basic_lstm_cell/kernel']
