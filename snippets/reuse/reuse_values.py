import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

LABELS = {None: "None", False: "False", True: "True", tf.AUTO_REUSE: "tf.AUTO_REUSE"}


def get(name):
    return tf.get_variable(name, shape=[], initializer=tf.zeros_initializer())


with tf.variable_scope("s"):
    get("x")

for number, reuse in enumerate(LABELS):
    results = []
    for name in ("x", f"new_{number}"):  # a name that exists, then one that does not
        with tf.variable_scope("s", reuse=reuse):
            try:
                results.append("returns " + get(name).op.name)
            except ValueError as e:
                results.append("ValueError: " + str(e).split(". Did")[0])
    print(f"{LABELS[reuse]}: {results[0]} | {results[1]}")
    #> None: ValueError: Variable s/x already exists, disallowed | returns s/new_0
    #> False: ValueError: Variable s/x already exists, disallowed | returns s/new_1
    #> True: returns s/x | ValueError: Variable s/new_2 does not exist, or was not created with tf.get_variable()
    #> tf.AUTO_REUSE: returns s/x | returns s/new_3

# A sub-scope: None and False inherit the outer reuse; True and AUTO_REUSE set their own.
for outer in (True, tf.AUTO_REUSE):
    inner_reuse = []
    for inner in LABELS:
        with tf.variable_scope("outer", reuse=outer):
            with tf.variable_scope("inner", reuse=inner) as scope:
                inner_reuse.append(LABELS[scope.reuse])
    print(f"inside {LABELS[outer]}:", inner_reuse)
    #> inside True: ['True', 'True', 'True', 'tf.AUTO_REUSE']
    #> inside tf.AUTO_REUSE: ['tf.AUTO_REUSE', 'tf.AUTO_REUSE', 'True', 'tf.AUTO_REUSE']

# Inside a reuse=True scope, a sub-scope opened with AUTO_REUSE creates what is missing.
with tf.variable_scope("s", reuse=True):
    with tf.variable_scope("sub", reuse=tf.AUTO_REUSE):
        print(get("y").op.name)
        #> s/sub/y
