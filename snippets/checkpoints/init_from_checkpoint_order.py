import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder(value):
    with tf.variable_scope("encoder"):
        w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(value))
        b = tf.get_variable("b", shape=[], initializer=tf.constant_initializer(value))
        return tf.reduce_sum(w * w) + b * b


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():
        encoder(1.0)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            loss = encoder(0.0)
        tf.train.AdamOptimizer(0.1).minimize(loss)
        # After minimize, the scope holds Adam's slots too, which the checkpoint lacks.
        try:
            tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        except ValueError as e:
            print("ValueError:", str(e).split(" is not found in ")[0], "is not found in the checkpoint")
            #> ValueError: Tensor encoder/b/Adam (b/Adam/ in encoder/) is not found in the checkpoint
        # Variables mapped one by one leave the slots alone.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/w": "student/encoder/w"})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run("student/encoder/w:0").tolist())
            #> [1.0, 1.0]

    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            loss = encoder(0.0)
        with tf.variable_scope("train"):  # minimize in a variable scope of its own
            tf.train.AdamOptimizer(0.1).minimize(loss)
        # Its slots are train/student/encoder/w/Adam, ...: outside the target scope.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run("student/encoder/w:0").tolist())
            #> [1.0, 1.0]

    with tf.Graph().as_default():
        with tf.variable_scope("student/encoder"):
            w = tf.get_variable("w", shape=[2], initializer=tf.zeros_initializer())
        # Called after the model and before minimize: it sets the variables that exist now.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        with tf.variable_scope("student/encoder"):
            b = tf.get_variable("b", shape=[], initializer=tf.zeros_initializer())  # made after the call
        train = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w) + b * b)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run(w).tolist(), float(sess.run(b)))  # b keeps its own initializer
            #> [1.0, 1.0] 0.0
            sess.run(train)
