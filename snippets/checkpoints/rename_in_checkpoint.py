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

    # A new checkpoint: each value read from the old one, fed to its variable under the new name.
    # Fed through a placeholder, no value is written into the graph as a constant.
    with tf.Graph().as_default():
        reader = tf.train.load_checkpoint(old)
        dtypes = reader.get_variable_to_dtype_map()
        renamed = []
        for name, shape in tf.train.list_variables(old):
            new_name = name.replace("encoder/", "model/encoder/", 1)
            new_name = new_name.replace("weights", "kernel").replace("biases", "bias")
            value = tf.placeholder(dtypes[name], shape)
            renamed.append((name, value, tf.Variable(value, name=new_name)))
        print(sorted({op.type for op in tf.get_default_graph().get_operations()}))
        #> ['Assign', 'Identity', 'Placeholder', 'VariableV2']
        saver = tf.train.Saver()
        # The Saver adds constants of its own: strings, the checkpoint's names, not values.
        constants = [op for op in tf.get_default_graph().get_operations() if op.type == "Const"]
        print(sorted({op.get_attr("dtype").name for op in constants}))
        #> ['string']
        with tf.Session() as sess:
            for name, value, variable in renamed:
                sess.run(variable.initializer, {value: reader.get_tensor(name)})
            saver.save(sess, new)
    print(tf.train.list_variables(new))
    #> [('model/encoder/bias', []), ('model/encoder/kernel', [2])]
    print(tf.train.load_variable(new, "model/encoder/kernel").tolist())
    #> [1.0, 2.0]
