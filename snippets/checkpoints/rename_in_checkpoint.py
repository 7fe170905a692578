import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tempfile.TemporaryDirectory() as folder:
    old, new = os.path.join(folder, "old.ckpt"), os.path.join(folder, "new.ckpt")
    with tf.Graph().as_default():
        with tf.variable_scope("encoder"):
            tf.get_variable("weights", initializer=[1.0, 2.0])
            tf.get_variable("biases", initializer=0.5)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, old)
    print(tf.train.list_variables(old))
    #> [('encoder/biases', []), ('encoder/weights', [2])]

    # A new checkpoint: each value read from the old one, saved under its new name.
    with tf.Graph().as_default():
        reader = tf.train.load_checkpoint(old)
        for name, _ in tf.train.list_variables(old):
            new_name = name.replace("encoder/", "model/encoder/", 1)
            new_name = new_name.replace("weights", "kernel").replace("biases", "bias")
            tf.Variable(reader.get_tensor(name), name=new_name)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, new)
    print(tf.train.list_variables(new))
    #> [('model/encoder/bias', []), ('model/encoder/kernel', [2])]
    print(tf.train.load_variable(new, "model/encoder/kernel").tolist())
    #> [1.0, 2.0]
