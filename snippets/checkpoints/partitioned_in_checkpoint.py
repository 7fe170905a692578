import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def table(parts):
    partitioner = tf.fixed_size_partitioner(parts) if parts > 1 else None
    with tf.variable_scope("emb"):
        return tf.get_variable("table", shape=[6, 2], partitioner=partitioner,
                               initializer=tf.constant_initializer(1.0))


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "model.ckpt")
    with tf.Graph().as_default():
        saved = table(parts=3)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    # The checkpoint holds one key for the whole table, not one per part.
    print(tf.train.list_variables(checkpoint))
    #> [('emb/table', [6, 2])]

    # So a graph with two parts, or with none, restores it.
    for parts in (2, 1):
        with tf.Graph().as_default():
            restored = table(parts)
            names = [v.op.name for v in tf.global_variables()]
            with tf.Session() as sess:
                tf.train.Saver().restore(sess, checkpoint)
                total = sum(float(sess.run(v).sum()) for v in tf.global_variables())
            print(parts, names, total)
            #> 2 ['emb/table/part_0', 'emb/table/part_1'] 12.0
            #> 1 ['emb/table'] 12.0
