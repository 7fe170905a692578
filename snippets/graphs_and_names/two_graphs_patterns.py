import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):
    with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(1.0))
        return x * w


# One graph: a second use of the model shares its variables.
with tf.Graph().as_default():
    train_out = model(tf.constant([1.0, 1.0]))
    eval_out = model(tf.constant([2.0, 2.0]))
    print(len(tf.global_variables()))
    #> 1

# Two graphs: the variables are passed through a checkpoint.
with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "model.ckpt")
    training = tf.Graph()
    with training.as_default():
        out = model(tf.constant([1.0, 1.0]))
        train = tf.assign_add(tf.global_variables()[0], [1.0, 1.0])
        saver = tf.train.Saver()
    with tf.Session(graph=training) as sess:
        sess.run(tf.variables_initializer(training.get_collection("variables")))
        sess.run(train)
        saver.save(sess, checkpoint)

    evaluation = tf.Graph()
    with evaluation.as_default():
        out = model(tf.constant([2.0, 2.0]))
        saver = tf.train.Saver()
    with tf.Session(graph=evaluation) as sess:
        saver.restore(sess, checkpoint)
        print(sess.run(out).tolist())
        #> [4.0, 4.0]
