import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def q_network(scope, x, training):
    with tf.variable_scope(scope):
        h = tf.layers.dense(x, 2, kernel_initializer=tf.ones_initializer(), name="hidden")
        return tf.layers.batch_normalization(h, training=training, name="bn")


x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
q = q_network("q", x, training=True)
target_q = q_network("target", x, training=False)
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    loss = tf.reduce_sum(q**2)
    train = tf.train.AdamOptimizer(0.1).minimize(loss, var_list=tf.trainable_variables("q/"))


# Each target variable is paired with the online one of the same name after the scope.
def copy_op(online, target):
    online_by_name = {v.op.name[len("q/"):]: v for v in online}
    return tf.group(*[t.assign(online_by_name[t.op.name[len("target/"):]]) for t in target])


# The moving mean and variance are not trainable: the trainable lists leave them out.
copy_trainable = copy_op(tf.trainable_variables("q/"), tf.trainable_variables("target/"))
# The global lists hold them; q's Adam slots have no target variable and are not asked for.
copy_all = copy_op(tf.global_variables("q/"), tf.global_variables("target/"))

def moving_mean(sess, scope):
    return [round(m, 4) for m in sess.run(scope + "/bn/moving_mean:0").tolist()]


with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print("q:", moving_mean(sess, "q"))
    #> q: [0.05, 0.05]
    sess.run(copy_trainable)
    print("target, trainable copied:", moving_mean(sess, "target"))
    #> target, trainable copied: [0.0, 0.0]
    sess.run(copy_all)
    print("target, global copied:", moving_mean(sess, "target"))
    #> target, global copied: [0.05, 0.05]
