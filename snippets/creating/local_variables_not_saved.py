import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A graph whose only variable is local: a Saver given no var_list finds nothing to save.
with tf.Graph().as_default():
    tf.get_variable("local_only", shape=[], collections=[tf.GraphKeys.LOCAL_VARIABLES])
    try:
        tf.train.Saver()
    except ValueError as e:
        print(type(e).__name__ + ":", str(e))
        #> ValueError: No variables to save

# Beside a global variable: the local one is trainable, so minimize trains it, but neither
# global_variables_initializer() nor Saver() sees it.
w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
b = tf.get_variable("b", shape=[], initializer=tf.ones_initializer(), collections=[tf.GraphKeys.LOCAL_VARIABLES])
train = tf.train.GradientDescentOptimizer(0.5).minimize(w * b)
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("not initialized:", [name.decode() for name in sess.run(tf.report_uninitialized_variables())])
    #> not initialized: ['b']
    sess.run(tf.local_variables_initializer())
    sess.run(train)
    print("trained:", float(sess.run(w)), float(sess.run(b)))
    #> trained: 0.5 0.5
    with tempfile.TemporaryDirectory() as folder:
        path = saver.save(sess, os.path.join(folder, "model"))
        print("in the checkpoint:", [name for name, _ in tf.train.list_variables(path)])
        #> in the checkpoint: ['w']
