import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[2, 1], initializer=tf.ones_initializer(), regularizer=tf.nn.l2_loss)
        return tf.layers.dense(tf.matmul(x, w), 1, kernel_initializer=tf.ones_initializer(),
                               kernel_regularizer=tf.nn.l2_loss, name="fc")


x = tf.constant([[1.0, 1.0], [2.0, 2.0]])
y = tf.zeros([2, 1])
towers = []
with tf.variable_scope(tf.get_variable_scope()):
    for i in range(2):
        with tf.name_scope("tower_%d" % i) as scope:
            data_loss = tf.losses.mean_squared_error(y[i:i + 1], model(x[i:i + 1]))
            penalties = tf.losses.get_regularization_losses(scope=scope)
            print(scope, "penalties:", [p.op.name for p in penalties])
            #> tower_0/ penalties: ['tower_0/model/fc/kernel/Regularizer/L2Loss']
            #> tower_1/ penalties: []
            # get_total_loss(scope=...) keeps the penalties named in this tower's name scope only.
            by_scope = tf.losses.get_total_loss(scope=scope)
            # Every penalty, whatever its name, added to each tower's loss.
            with_all = data_loss + tf.losses.get_regularization_loss()
            towers.append((scope, by_scope, with_all))
            tf.get_variable_scope().reuse_variables()
# The penalty of tf.get_variable(regularizer=...) is named after the variable: in no tower.
print([p.op.name for p in tf.losses.get_regularization_losses()])
#> ['model/w/Regularizer/L2Loss', 'tower_0/model/fc/kernel/Regularizer/L2Loss']

# The same model on one device, on both batches: what the towers' averaged gradients should give.
with tf.variable_scope("", reuse=True):
    one_device = tf.losses.mean_squared_error(y, model(x)) + tf.losses.get_regularization_loss()
variables = tf.trainable_variables("model/")


def averaged_gradient(index):
    return tf.reduce_mean([tf.gradients(tower[index], variables)[0] for tower in towers], 0)


with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for scope, by_scope, with_all in towers:
        print(f"{scope} get_total_loss(scope): {sess.run(by_scope)} | with every penalty: {sess.run(with_all)}")
        #> tower_0/ get_total_loss(scope): 4.5 | with every penalty: 5.5
        #> tower_1/ get_total_loss(scope): 16.0 | with every penalty: 17.5
    want = sess.run(tf.gradients(one_device, variables)[0])
    for index, name in [(1, "get_total_loss(scope)"), (2, "with every penalty")]:
        got = sess.run(averaged_gradient(index))
        print(f"{name}: the averaged gradient of model/w is as on one device: {bool(abs(got - want).max() < 1e-5)}")
        #> get_total_loss(scope): the averaged gradient of model/w is as on one device: False
        #> with every penalty: the averaged gradient of model/w is as on one device: True
