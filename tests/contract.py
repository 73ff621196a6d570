"""The public vocabulary of CONTRACT.md, written out so tests can hold the app to it."""

REGIONS = {
    "lower_back": {"back"},
    "buttock": {"back"},
    "groin": {"front"},
    "hip_lateral": {"front", "back"},
    "thigh_anterior": {"front"},
    "thigh_medial": {"front"},
    "thigh_lateral": {"front", "back"},
    "thigh_posterior": {"back"},
    "knee_anterior": {"front"},
    "knee_medial": {"front"},
    "knee_lateral": {"front", "back"},
    "knee_posterior": {"back"},
    "shin": {"front"},
    "leg_medial": {"front"},
    "leg_lateral": {"front", "back"},
    "calf": {"back"},
    "ankle_anterior": {"front"},
    "ankle_medial": {"front", "back"},
    "ankle_lateral": {"front", "back"},
    "foot_dorsum": {"front"},
    "first_web_space": {"front"},
    "foot_medial": {"front"},
    "foot_lateral": {"front", "back"},
    "heel": {"back"},
    "sole": {"back"},
}
NERVES = {
    "sciatic",
    "tibial",
    "common_peroneal",
    "superficial_peroneal",
    "deep_peroneal",
    "sural",
    "femoral",
    "saphenous",
}
DERMATOMES = {"L2", "L3", "L4", "L5", "S1", "S2"}
SEGMENTS = {"lumbar_spine", "pelvis", "hip", "knee", "ankle", "foot"}
LINKS = {"lumbar_spine-pelvis", "pelvis-hip", "hip-knee", "knee-ankle", "ankle-foot"}
CONDITIONS = {
    "lumbar_radiculopathy",
    "common_peroneal_entrapment",
    "saphenous_entrapment",
    "peripheral_neuropathy",
    "knee_osteoarthritis",
    "bakers_cyst",
    "meniscus_tear",
    "patellofemoral_pain",
    "peripheral_artery_disease",
    "deep_vein_thrombosis",
    "kinetic_chain_dysfunction",
}
SYMPTOMS = {
    "numbness_tingling",
    "burning",
    "weakness",
    "foot_drop",
    "back_pain",
    "swelling",
    "warmth_redness",
    "pain_on_walking_eased_by_rest",
    "locking_or_giving_way",
    "pain_on_stairs_or_squatting",
    "stiffness_or_grinding",
    "recent_leg_crossing_or_cast",
    "diabetes",
    "foot_or_ankle_alignment",
}
RED_FLAG_LEVELS = {
    "sudden_severe_pain": "urgent",
    "spreading_numbness_or_weakness": "urgent",
    "cannot_bear_weight": "urgent",
    "bowel_bladder_change": "emergency",
    "persistent_despite_rest": "see_clinician",
}

# The project's own additions (docs/CONTRACT.md, "Additions"): new ids only,
# never a changed meaning.
ADDED_SYMPTOMS = {"both_legs"}
ADDED_RED_FLAG_LEVELS = {
    "saddle_numbness": "emergency",
    "pain_out_of_proportion": "emergency",
}
