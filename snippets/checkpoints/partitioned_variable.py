import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A [6, 2] table in three parts of two rows each.
with tf.variable_scope("emb"):
    table = tf.get_variable(
        "table", shape=[6, 2], initializer=tf.constant_initializer(1.0),
        partitioner=tf.fixed_size_partitioner(3))
print(type(table).__name__, table.name, table.get_shape(), hasattr(table, "op"))
#> PartitionedVariable emb/table (6, 2) False
print([(part.name, part.shape.as_list()) for part in table])
#> [('emb/table/part_0:0', [2, 2]), ('emb/table/part_1:0', [2, 2]), ('emb/table/part_2:0', [2, 2])]
# The collections hold the parts, not the PartitionedVariable.
print([v.name for v in tf.global_variables()])
#> ['emb/table/part_0:0', 'emb/table/part_1:0', 'emb/table/part_2:0']

# A lookup reads the parts; tf.convert_to_tensor joins them into one tensor.
rows = tf.nn.embedding_lookup(table, [0, 5])
print(tf.convert_to_tensor(table).name, rows.shape.as_list())
#> emb/table:0 [2, 2]

# Reused with reuse=True, given or set by reuse_variables(), with or without the partitioner,
# it is the same parts.
with tf.variable_scope("emb", reuse=True):
    again = tf.get_variable("table", shape=[6, 2])
with tf.variable_scope("emb") as scope:
    scope.reuse_variables()
    again_2 = tf.get_variable("table", shape=[6, 2], partitioner=tf.fixed_size_partitioner(3))
print(type(again).__name__, [a is b is c for a, b, c in zip(again, again_2, table)])
#> PartitionedVariable [True, True, True]
# Under AUTO_REUSE the partitioner must be given again.
with tf.variable_scope("emb", reuse=tf.AUTO_REUSE):
    try:
        tf.get_variable("table", shape=[6, 2])
    except ValueError as e:
        print(f"ValueError: {e}")
        #> ValueError: No partitioner was provided, but a partitioned version of the variable was found: emb/table/part_0. Perhaps a variable of the same name was already created with partitioning?
    again = tf.get_variable("table", shape=[6, 2], partitioner=tf.fixed_size_partitioner(3))
print(type(again).__name__, [a is b for a, b in zip(again, table)])
#> PartitionedVariable [True, True, True]
# Another number of parts does not match.
with tf.variable_scope("emb", reuse=True):
    try:
        tf.get_variable("table", shape=[6, 2], partitioner=tf.fixed_size_partitioner(2))
    except ValueError as e:
        print(f"ValueError: {e}")
        #> ValueError: Trying to reuse partitioned variable emb/table, but specified partitions [2, 1] and found partitions [3, 1].

# fixed_size_partitioner(n) makes n parts only from a first dimension of n rows or more;
# the first parts take the rows left over.
for rows, n in [(3, 5), (7, 3)]:
    with tf.Graph().as_default():
        v = tf.get_variable("v", shape=[rows, 2], partitioner=tf.fixed_size_partitioner(n))
        print(f"[{rows}, 2] in {n} parts:", [part.shape.as_list()[0] for part in v], "rows")
        #> [3, 2] in 5 parts: [1, 1, 1] rows
        #> [7, 2] in 3 parts: [3, 2, 2] rows
