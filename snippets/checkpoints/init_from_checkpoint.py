import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder(value):
    with tf.variable_scope("encoder"):
        tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(value))
        tf.get_variable("b", shape=[], initializer=tf.constant_initializer(value))


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():
        encoder(1.0)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            encoder(0.0)
            with tf.variable_scope("head"):
                tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(7.0))
        made_before = tf.global_variables_initializer()
        # Each variable under student/encoder/ takes the value saved under encoder/.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        # A target scope that matches no variable raises nothing.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "studnet/encoder/"})
        with tf.Session() as sess:
            sess.run(made_before)  # made before the call: it still assigns 0.0, not the saved value
            print(sess.run("student/encoder/w:0").tolist())
            #> [0.0, 0.0]
            sess.run(tf.global_variables_initializer())
            print(sess.run("student/encoder/w:0").tolist(), sess.run("student/head/w:0").tolist())
            #> [1.0, 1.0] [7.0, 7.0]
        # A name that the checkpoint lacks raises.
        try:
            tf.train.init_from_checkpoint(checkpoint, {"decoder/": "student/encoder/"})
        except ValueError as e:
            print("ValueError:", str(e).split(" is not found in ")[0], "is not found in the checkpoint")
            #> ValueError: Tensor decoder/b (b in decoder/) is not found in the checkpoint

    with tf.Graph().as_default():
        with tf.variable_scope("student/encoder"):
            w = tf.Variable([0.0, 0.0], name="w")
        # A tf.Variable is not found through its scope; the variable object itself can be given.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run(w).tolist())
            #> [0.0, 0.0]
        tf.train.init_from_checkpoint(checkpoint, {"encoder/w": w})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run(w).tolist())
            #> [1.0, 1.0]
