import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder(x):
    with tf.variable_scope("encoder"):
        h = tf.layers.dense(x, 2, kernel_initializer=tf.ones_initializer(), name="fc")
        return tf.layers.batch_normalization(h, training=True, name="bn")


batch = [[1.0, 2.0], [3.0, 4.0]]
with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():  # pretrained: three steps move the moving mean away from 0
        y = encoder(tf.constant(batch))
        with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
            train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(tf.reduce_sum(y * y))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print("saved moving mean:", round(float(sess.run("encoder/bn/moving_mean:0")[0]), 4))
            #> saved moving mean: 0.1485
            tf.train.Saver().save(sess, checkpoint)

    with tf.Graph().as_default():  # the new model trains with Adam
        y = encoder(tf.constant(batch))
        train = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(y * y))
        trainable = tf.trainable_variables(scope="encoder/")
        # The variables of the scope that the checkpoint has: the model's, and no optimizer slot.
        in_checkpoint = {name for name, _ in tf.train.list_variables(checkpoint)}
        model = [v for v in tf.global_variables(scope="encoder/") if v.op.name in in_checkpoint]
        # The moving mean and variance are not trainable: the trainable list leaves them out.
        print([v.op.name for v in model if v not in trainable])
        #> ['encoder/bn/moving_mean', 'encoder/bn/moving_variance']
        for restored in (trainable, model):
            with tf.Session() as sess:
                tf.train.Saver(var_list=restored).restore(sess, checkpoint)
                sess.run(tf.variables_initializer([v for v in tf.global_variables() if v not in restored]))
                sess.run(train)  # the first step also runs: nothing raises either way
                print(len(restored), "restored, moving mean:", round(float(sess.run("encoder/bn/moving_mean:0")[0]), 4))
                #> 4 restored, moving mean: 0.0
                #> 6 restored, moving mean: 0.1485
