import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder():
    with tf.variable_scope("encoder"):
        emb = tf.get_variable("emb", [4, 2], partitioner=tf.fixed_size_partitioner(2), initializer=tf.ones_initializer())
        w = tf.get_variable("w", [2], initializer=tf.ones_initializer())
    return tf.reduce_sum(tf.nn.embedding_lookup(emb, [0, 3])) + tf.reduce_sum(w)


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():  # pretrained: the embedding ends at 2.0
        loss = encoder()
        tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run([tf.assign(part, 2 * tf.ones_like(part)) for part in tf.global_variables("encoder/emb/part")])
            tf.train.Saver().save(sess, checkpoint)
    print([name for name, _ in tf.train.list_variables(checkpoint)])
    #> ['encoder/emb', 'encoder/emb/Momentum', 'encoder/w', 'encoder/w/Momentum']

    with tf.Graph().as_default():  # the new model trains with Adam
        loss = encoder()
        model = tf.global_variables(scope="encoder/")  # listed before minimize
        tf.train.AdamOptimizer(0.1).minimize(loss)
        in_checkpoint = {name for name, _ in tf.train.list_variables(checkpoint)}
        by_name = [v for v in tf.global_variables(scope="encoder/") if v.op.name in in_checkpoint]
        # The parts are named emb/part_0 and emb/part_1; the checkpoint's key is emb.
        print("by name:", [v.op.name for v in by_name])
        #> by name: ['encoder/w']
        print("before minimize:", [v.op.name for v in model])
        #> before minimize: ['encoder/emb/part_0', 'encoder/emb/part_1', 'encoder/w']
        with tf.Session() as sess:
            tf.train.Saver(var_list=model).restore(sess, checkpoint)
            print("restored part_0:", sess.run("encoder/emb/part_0:0").tolist())
            #> restored part_0: [[2.0, 2.0], [2.0, 2.0]]
