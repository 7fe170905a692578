import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder(x):
    with tf.variable_scope("encoder"):
        h = tf.layers.dense(x, 2, kernel_initializer=tf.ones_initializer(), name="fc")
        return tf.layers.batch_normalization(h, training=True, name="bn")


def adam_step(y):
    with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
        return tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(y * y))


batch = [[1.0, 2.0], [3.0, 4.0]]
with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():  # pretrained with Adam, as the new model trains
        train = adam_step(encoder(tf.constant(batch)))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print("saved moving mean:", round(float(sess.run("encoder/bn/moving_mean:0")[0]), 4))
            #> saved moving mean: 0.1338
            tf.train.Saver().save(sess, checkpoint)

    with tf.Graph().as_default():
        y = encoder(tf.constant(batch))
        # The scope's variables listed before minimize: the model's, moving averages included.
        model = tf.global_variables(scope="encoder/")
        train = adam_step(y)
        in_checkpoint = {name for name, _ in tf.train.list_variables(checkpoint)}
        by_name = [v for v in tf.global_variables(scope="encoder/") if v.op.name in in_checkpoint]
        # The new Adam's slots have the names of the old one's: the checkpoint has them all.
        print(len(model), "model variables;", len(by_name), "in the checkpoint, among them:")
        #> 6 model variables; 14 in the checkpoint, among them:
        print([v.op.name for v in by_name if v not in model][:2])
        #> ['encoder/fc/kernel/Adam', 'encoder/fc/kernel/Adam_1']
        # Adam's other variables are outside the scope: initialized below, they start again.
        print([v.op.name for v in tf.global_variables() if "power" in v.op.name])
        #> ['beta1_power', 'beta2_power']
        with tf.Session() as sess:
            tf.train.Saver(var_list=model).restore(sess, checkpoint)
            sess.run(tf.variables_initializer([v for v in tf.global_variables() if v not in model]))
            moving_mean = round(float(sess.run("encoder/bn/moving_mean:0")[0]), 4)
            sess.run(train)  # Adam's slots start from zero, and the step runs
            print("restored moving mean:", moving_mean, sess.run(tf.report_uninitialized_variables()).tolist())
            #> restored moving mean: 0.1338 []
