import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def encoder(value):
    with tf.variable_scope("encoder"):
        tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(value))
        return tf.get_variable("emb", shape=[4, 2], initializer=tf.constant_initializer(value),
                               partitioner=tf.fixed_size_partitioner(2))


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "pretrained.ckpt")
    with tf.Graph().as_default():
        encoder(1.0)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)
    print(tf.train.list_variables(checkpoint))
    #> [('encoder/emb', [4, 2]), ('encoder/w', [2])]

    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            emb = encoder(0.0)
        # Swapping the prefix of each variable's name gives the parts' names, not the checkpoint's.
        variables = tf.global_variables(scope="student/encoder/")
        swapped = {"encoder/" + v.op.name[len("student/encoder/"):]: v for v in variables}
        print(sorted(swapped))
        #> ['encoder/emb/part_0', 'encoder/emb/part_1', 'encoder/w']
        with tf.Session() as sess:
            try:
                tf.train.Saver(var_list=swapped).restore(sess, checkpoint)
            except tf.errors.NotFoundError as e:
                print([line for line in str(e).splitlines() if line.startswith("Key ")][0])
                #> Key encoder/emb/part_0 not found in checkpoint
            # The checkpoint's key mapped to the PartitionedVariable restores all its parts.
            w = tf.global_variables(scope="student/encoder/w")[0]
            tf.train.Saver(var_list={"encoder/w": w, "encoder/emb": emb}).restore(sess, checkpoint)
            print(sess.run(w).tolist(), sess.run(tf.convert_to_tensor(emb)).tolist())
            #> [1.0, 1.0] [[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]

    with tf.Graph().as_default():
        with tf.variable_scope("student"):
            emb = encoder(0.0)
        # init_from_checkpoint maps the scope, partitioned variables included.
        tf.train.init_from_checkpoint(checkpoint, {"encoder/": "student/encoder/"})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run(tf.convert_to_tensor(emb)).tolist())
            #> [[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]
