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

    # The new model builds the same encoder inside a scope "student".
    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            encoder(0.0)
        # A dict from the names in the checkpoint to the variables, made by swapping the prefix.
        variables = tf.global_variables(scope="student/encoder/")
        var_list = {"encoder/" + v.op.name[len("student/encoder/"):]: v for v in variables}
        print(sorted(var_list))
        #> ['encoder/b', 'encoder/w']
        with tf.Session() as sess:
            tf.train.Saver(var_list=var_list).restore(sess, checkpoint)
            print([sess.run(v).tolist() for v in variables])
            #> [[1.0, 1.0], 1.0]
            # A list means "under their own names", which the checkpoint does not have.
            try:
                tf.train.Saver(var_list=variables).restore(sess, checkpoint)
            except tf.errors.NotFoundError as e:
                print([line for line in str(e).splitlines() if line.startswith("Key ")][0])
                #> Key student/encoder/b not found in checkpoint
