import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer(scope, value):
    with tf.variable_scope(scope):
        tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(value))
        tf.get_variable("b", shape=[], initializer=tf.constant_initializer(value))


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():  # the pretrained encoder, saved
        layer("encoder", 1.0)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    with tf.Graph().as_default():  # the new model: that encoder and a new head
        layer("encoder", 5.0)
        layer("head", 6.0)
        with tf.Session() as sess:
            # Initialize the head only.
            sess.run(tf.variables_initializer(tf.global_variables(scope="head/")))
            print([name.decode() for name in sess.run(tf.report_uninitialized_variables())])
            #> ['encoder/w', 'encoder/b']
            # Restore the encoder only: a Saver of that scope's variables.
            encoder_saver = tf.train.Saver(var_list=tf.global_variables(scope="encoder/"))
            encoder_saver.restore(sess, checkpoint)
            print(sess.run(tf.report_uninitialized_variables()).tolist())
            #> []
            print(sess.run("encoder/w:0").tolist(), sess.run("head/w:0").tolist())
            #> [1.0, 1.0] [6.0, 6.0]
