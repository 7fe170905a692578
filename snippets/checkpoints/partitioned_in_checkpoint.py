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
    listed = os.path.join(folder, "listed.ckpt")
    with tf.Graph().as_default():
        saved = table(parts=3)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)
            tf.train.Saver(var_list=tf.global_variables()).save(sess, listed)  # a list of the parts

    # The checkpoint holds one key for the whole table, not one per part.
    print(tf.train.list_variables(checkpoint), tf.train.list_variables(listed))
    #> [('emb/table', [6, 2])] [('emb/table', [6, 2])]

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

    # A dict keyed by the parts' own names writes one key per part.
    per_part = os.path.join(folder, "per_part.ckpt")
    with tf.Graph().as_default():
        table(parts=3)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver({v.op.name: v for v in tf.global_variables()}).save(sess, per_part)
    print(tf.train.list_variables(per_part))
    #> [('emb/table/part_0', [2, 2]), ('emb/table/part_1', [2, 2]), ('emb/table/part_2', [2, 2])]

    # Only a graph with the same parts restores that one.
    for parts in (3, 2):
        with tf.Graph().as_default():
            table(parts)
            with tf.Session() as sess:
                try:
                    tf.train.Saver({v.op.name: v for v in tf.global_variables()}).restore(sess, per_part)
                    print(parts, "parts: restored")
                    #> 3 parts: restored
                except tf.errors.InvalidArgumentError as e:
                    line = [line for line in str(e).splitlines() if line.startswith("Assign ")][0]
                    print(parts, "parts:", type(e).__name__, line)
                    #> 2 parts: InvalidArgumentError Assign requires shapes of both tensors to match. lhs shape= [3,2] rhs shape= [2,2]
