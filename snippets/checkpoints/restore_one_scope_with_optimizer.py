import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer(scope, value):
    with tf.variable_scope(scope):
        w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(value))
        return tf.reduce_sum(w * w)


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():  # pretrained with Momentum: its checkpoint has a Momentum slot
        loss = layer("encoder", 1.0)
        tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)
    print([name for name, _ in tf.train.list_variables(checkpoint)])
    #> ['encoder/w', 'encoder/w/Momentum']

    with tf.Graph().as_default():  # the new model trains with Adam
        loss = layer("encoder", 5.0) + layer("head", 6.0)
        train = tf.train.AdamOptimizer(0.1).minimize(loss)
        # Every variable of the scope includes Adam's slots, which the checkpoint lacks.
        print([v.op.name for v in tf.global_variables(scope="encoder/")])
        #> ['encoder/w', 'encoder/w/Adam', 'encoder/w/Adam_1']
        with tf.Session() as sess:
            try:
                tf.train.Saver(var_list=tf.global_variables(scope="encoder/")).restore(sess, checkpoint)
            except tf.errors.NotFoundError as e:
                print([line for line in str(e).splitlines() if line.startswith("Key ")][0])
                #> Key encoder/w/Adam not found in checkpoint

        # The model's variables only: restored, and every other variable initialized.
        restored = tf.trainable_variables(scope="encoder/")
        others = [v for v in tf.global_variables() if v not in restored]
        saver = tf.train.Saver(var_list=restored)
        with tf.Session() as sess:
            saver.restore(sess, checkpoint)
            try:  # Adam's variables are still uninitialized
                sess.run(train)
            except tf.errors.FailedPreconditionError as e:
                print(type(e).__name__)
                #> FailedPreconditionError
            sess.run(tf.variables_initializer(others))
            sess.run(train)
            w = [round(float(value), 3) for value in sess.run("encoder/w:0")]
            print(sess.run(tf.report_uninitialized_variables()).tolist(), w)
            #> [] [0.9, 0.9]

    with tf.Graph().as_default():  # minimize called in a variable scope of its own, train
        loss = layer("encoder", 5.0) + layer("head", 6.0)
        with tf.variable_scope("train"):
            train = tf.train.AdamOptimizer(0.1).minimize(loss)
        # The slots are made in that scope, train/encoder/w/Adam: the encoder's list lacks them.
        restored = tf.global_variables(scope="encoder/")
        print([v.op.name for v in restored], [v.op.name for v in tf.global_variables(scope="train/encoder/")])
        #> ['encoder/w'] ['train/encoder/w/Adam', 'train/encoder/w/Adam_1']
        saver = tf.train.Saver(var_list=restored)
        with tf.Session() as sess:
            saver.restore(sess, checkpoint)
            sess.run(tf.variables_initializer([v for v in tf.global_variables() if v not in restored]))
            sess.run(train)
            print([round(float(value), 3) for value in sess.run("encoder/w:0")])
            #> [0.9, 0.9]
