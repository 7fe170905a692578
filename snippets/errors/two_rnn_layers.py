import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # the TF1 RNN cells need Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

cells = [tf.nn.rnn_cell.BasicLSTMCell, tf.nn.rnn_cell.LSTMCell, tf.nn.rnn_cell.GRUCell]
for cell in cells:
    tf.reset_default_graph()
    x = tf.placeholder(tf.float32, [None, 5, 3], name="x")  # batch, time, features
    out1, _ = tf.nn.dynamic_rnn(cell(4), x, dtype=tf.float32)  # the first layer
    try:
        out2, _ = tf.nn.dynamic_rnn(cell(4), out1, dtype=tf.float32)  # the second layer
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable rnn/basic_lstm_cell/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
        #> ValueError: Variable rnn/lstm_cell/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
        #> ValueError: Variable rnn/gru_cell/gates/kernel already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
